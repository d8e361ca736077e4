"""Petitions in listings.

`{% home_petitions page as petitions %}` (the home page's lead petition and cards),
`{% petition_listing page as listing %}` (the petition index's open and past petitions) and
`{% petition_outcome page as outcome %}` (a closed petition's delivery date and open petitions).
"""

from dataclasses import dataclass

from django import template

from petitions import listings
from petitions.tally import attach_progress

register = template.Library()


@register.simple_tag
def home_petitions(home_page):
    """`{% home_petitions page as petitions %}`: .lead (the hero's petition) and .more.

    The lead is the first open featured petition (in the page's language), else the newest
    open one; .more the other open petitions, as cards (petitions/listings.py).
    """
    lead, more = listings.home_petitions(home_page)
    return HomePetitions(lead=lead, more=more)


@dataclass
class HomePetitions:
    lead: object
    more: list


@dataclass
class PetitionListing:
    open: list
    past: list


@register.simple_tag
def petition_listing(index_page):
    """The index's petitions, open and past, each with its total against the goal."""
    petitions = attach_progress(index_page.live_petitions())
    return PetitionListing(
        open=[petition for petition in petitions if petition.is_open],
        past=[petition for petition in petitions if not petition.is_open],
    )


@dataclass
class Outcome:
    delivered_on: object  # a date, or None
    open_petitions: list


@register.simple_tag
def petition_outcome(page):
    """What a closed petition's page shows instead of the form: its outcome, open petitions."""
    return Outcome(
        delivered_on=listings.delivered_on(page),
        open_petitions=listings.open_petitions(page.locale, exclude=page),
    )
