"""The invented city's places and organisations, for the synthetic caseload (phrases.py fills note
templates from them): the city is "Bellmoor", the county "Kestrel County". None is a real place or
organisation; places carry no house numbers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

CITY, COUNTY = "Bellmoor", "Kestrel County"
STREETS = (
    "Larkmoor Ave", "Cobble St", "Ferrow Blvd", "Ostend Ave", "Velder Rd", "Quillan Way", "Harrow St",
    "Marrowgate Ave", "Tessel St", "Brannock Way", "Oriel Ave", "Sedgewin Rd",
)
PARKS = ("Quillmoor Park", "Halloway Green", "Fennick Square", "Orlen Playfield", "Tamsin Park")
STREET_PLACES = (
    "the {street} underpass", "{park}", "the bus shelter at {street} and {street2}",
    "the encampment along the Harrow Creek trail", "the front of the Corvo Mart on {street}",
    "the {street} light-rail platform", "the steps of the Quillmoor branch library",
    "{park}, by the restrooms", "the tent line behind the Velder Slough path",
    "the alley behind Pell's Market", "the Lunette diner on {street}",
)
SHELTERS = (
    "Lantern House", "Tidewater Night Shelter", "Saint Oriel Mission", "Harrow Street Women's Shelter",
    "Kestrel Drop-in Center", "Brannock Way Navigation Center",
)
CLINICS = (
    "Quillan Recovery Clinic", "Velder Health Bridge Clinic", "Ostend Community Health", "Marrowgate OTP",
)
HOSPITALS = ("Saint Oriel Medical Center", "Kestrel County General")
JAILS = ("Kestrel County Jail", "Bellmoor City Jail (South)")
COURTS = (
    "Bellmoor Municipal Court", "Kestrel County District Court, Dept. 3", "Kestrel County Superior Court",
)
DETOX = ("Harrow Withdrawal Management Center", "Tessel Street Sobering and Detox")
AGENCIES = ("Bellmoor Police Department", "Kestrel County Sheriff's Office", "Bellmoor Transit Police")
COMMUNITY_REFERRERS = (
    "Bellmoor Downtown Business Alliance", "Quillmoor Public Library", "Saint Oriel Mission staff",
    "Halloway Neighborhood Council", "Kestrel Drop-in Center",
)
PROVIDERS: Mapping[str, Sequence[str]] = {
    "housing": (
        "Bellmoor Housing Authority", "Coordinated Entry at Lantern House", "Sedgewin Tiny Home Village",
    ),
    "benefits": ("Kestrel County Community Services Office", "Social Security office (Ostend Ave)"),
    "legal": ("Kestrel County Public Defender", "Bellmoor Civil Legal Aid"),
    "medical": ("Ostend Community Health", "Saint Oriel wound clinic", "Kestrel mobile medical van"),
    "mental_health": ("Halloway Behavioral Health", "Kestrel Crisis Response Team"),
    "sud": CLINICS + DETOX,
    "food": ("Fennick Square food bank", "Saint Oriel Mission meal program"),
    "id": ("Department of Licensing, Ferrow Blvd office", "Kestrel County Vital Records"),
    "employment": ("Bellmoor WorkSource", "Tessel Street day-labor co-op"),
    "general": ("LEAD team", "Kestrel Drop-in Center"),
}
