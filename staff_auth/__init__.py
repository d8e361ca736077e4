"""Staff sign-in: two-factor authentication for the Wagtail admin, with django-otp.

Organizers see signers' names and emails, and superusers can grant that access: a stolen
password alone must not open the admin to them. After the password, they confirm the sign-in
with a code from an authenticator app (TOTP) or a one-time recovery code. Any other staff
member may turn it on. The app imports no feature app (docs/security.md, "Two-factor
authentication").
"""
