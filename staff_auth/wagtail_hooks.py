"""Admin registration of two-factor authentication, declared in this app's modules.

Its pages under /admin/two-factor/ (urls.py), the account page's link to them (menu.py), and the
history entries of two-factor changes (log_actions.py).
"""

from django.urls import include, path
from wagtail import hooks

from staff_auth import log_actions, menu, urls


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [path("two-factor/", include(urls, namespace="staff_auth"))]


@hooks.register("register_account_menu_item")
def register_two_factor_account_item(request):
    return menu.account_item(request)


@hooks.register("register_log_actions")
def register_two_factor_log_actions(actions):
    for action, formatter in log_actions.FORMATTERS.items():
        actions.register_action(action)(formatter)
