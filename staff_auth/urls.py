"""The admin URLs of two-factor authentication, under /admin/two-factor/ (wagtail_hooks.py)."""

from django.urls import path

from staff_auth import account_views, views

app_name = "staff_auth"

urlpatterns = [
    path("setup/", views.SetupView.as_view(), name="setup"),
    path("verify/", views.VerifyView.as_view(), name="verify"),
    path("recovery-codes/", views.RecoveryCodesView.as_view(), name="recovery_codes"),
    path("", account_views.ManageView.as_view(), name="manage"),
    path("reset/<int:user_id>/", account_views.ResetView.as_view(), name="reset"),
]
