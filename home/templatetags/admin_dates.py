"""`stamp` and `day`: the unambiguous dates of home/dates.py, as template filters."""

from django import template

from home import dates

register = template.Library()
register.filter("stamp", dates.stamp)
register.filter("day", dates.day)
