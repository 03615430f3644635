"""Build, test and demo helpers; not part of the installed package."""
