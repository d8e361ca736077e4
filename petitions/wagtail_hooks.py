"""Admin registration of the petitions' organizer tools, declared in petitions/admin/.

The "Petitions" menu with its viewsets (admin/viewsets.py), the organizers' home panel
(admin/home_panel.py), and the history entries of bulk invalidations and restorations
(admin/log_actions.py).
"""

from wagtail import hooks

from petitions.admin import home_panel, log_actions
from petitions.admin.viewsets import PetitionsAdminGroup


@hooks.register("register_admin_viewset")
def register_petitions_admin():
    return PetitionsAdminGroup()


@hooks.register("register_log_actions")
def register_petitions_log_actions(actions):
    actions.register_action(log_actions.INVALIDATE_SIGNATURES)(log_actions.InvalidateSignatures)
    actions.register_action(log_actions.RESTORE_SIGNATURES)(log_actions.RestoreSignatures)
    actions.register_action(log_actions.ASSIGN_RIDINGS)(log_actions.AssignRidings)


hooks.register("construct_homepage_panels", home_panel.add_organizer_panel)
