"""Loader for data/geo/fips.tsv: the FIPS 10-4 codes GDELT writes places with, and the countries' names."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from eventwire.resources.files import data_path, read_tsv


@dataclass(frozen=True)
class FipsCodes:
    """Countries by ISO3 (FIPS code, name) and first-level divisions by (ISO3, name) -> country FIPS + admin1 code."""

    countries: dict[str, tuple[str, str]] = field(default_factory=dict)
    divisions: dict[tuple[str, str], str] = field(default_factory=dict)

    def country(self, iso3: str | None) -> str | None:
        """The FIPS code of a country, None when it has none (or is not known)."""
        return self.countries.get(iso3 or "", ("", ""))[0] or None

    def name(self, iso3: str | None) -> str | None:
        """The GeoNames name of a country."""
        return self.countries.get(iso3 or "", ("", ""))[1] or None

    def division(self, iso3: str | None, name: str | None) -> str | None:
        """The code of a first-level division of the country, e.g. RS48 for Moscow, USTX for Texas."""
        return self.divisions.get((iso3 or "", name or ""))


@cache
def load_fips() -> FipsCodes:
    """The shipped table, once per process."""
    codes = FipsCodes()
    for level, iso3, name, fips in read_tsv(data_path("geo", "fips.tsv")):
        if level == "country":
            codes.countries[iso3] = (fips, name)
        else:
            codes.divisions[(iso3, name)] = fips
    return codes
