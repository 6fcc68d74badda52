"""Translated labels for the concern form's fields and choices (keys from app.report)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from app.image_metadata import Removed
from app.report import CHOICES

translate = QCoreApplication.translate


def field_labels() -> dict[str, str]:
    """Field key -> label with a mnemonic (&)."""
    return {
        "title": translate("Fields", "&Title"),
        "category": translate("Fields", "Cate&gory"),
        "urgency": translate("Fields", "&Urgency"),
        "what_happened": translate("Fields", "&What happened"),
        "when": translate("Fields", "Wh&en"),
        "where": translate("Fields", "Whe&re (optional, coarse)"),
        "who_affected": translate("Fields", "Wh&o is affected"),
        "safe_now": translate("Fields", "Are you &safe now?"),
        "contact": translate("Fields", "May the team &contact you?"),
        "contact_details": translate("Fields", "&How to reach you (other channel)"),
        "consent": translate("Fields", "What may the te&am do with it? (consent)"),
        "wiki_usernames": translate("Fields", "Wiki usernames in&volved"),
        "wiki_pages": translate("Fields", "Wiki &pages involved"),
        "wiki_links": translate("Fields", "Revision or diff &links"),
    }


def field_name(key: str) -> str:
    """A field's label without mnemonic, for summaries and warnings."""
    return field_labels().get(key, key).replace("&", "")


def _category_labels() -> dict[str, str]:
    return {
        "arrest": translate("Choices", "Arrest or detention"),
        "threat": translate("Choices", "Threat or harassment"),
        "doxxing": translate("Choices", "Doxxing (personal details exposed)"),
        "censorship": translate("Choices", "Censorship or blocking"),
        "legal": translate("Choices", "Legal action"),
        "violence": translate("Choices", "Violence"),
        "content_gap": translate("Choices", "Dangerous gap in coverage"),
        "other": translate("Choices", "Something else"),
    }


def _other_labels() -> dict[str, str]:
    return {
        "safe": translate("Choices", "Yes, I am safe now"),
        "not_safe": translate("Choices", "No, I am not safe"),
        "unsure": translate("Choices", "I am not sure"),
        "no_contact": translate("Choices", "No, do not contact me"),
        "reply_in_app": translate("Choices", "Yes, with a sealed reply through this app"),
        "other_channel": translate("Choices", "Yes, through another channel (below)"),
        "team_only": translate("Choices", "Only the team may read it"),
        "partners": translate("Choices", "The team may share it with partner organisations"),
        "publish_anonymised": translate("Choices", "The team may publish it, anonymised"),
        "low": translate("Choices", "Low"),
        "medium": translate("Choices", "Medium"),
        "high": translate("Choices", "High"),
        "critical": translate("Choices", "Critical: someone is in danger now"),
    }


def choice_labels() -> dict[str, dict[str, str]]:
    """Field key -> {value -> label}, in app.report's order."""
    labels = {**_category_labels(), **_other_labels()}
    return {key: {value: labels[value] for value in values} for key, values in CHOICES.items()}


def choice_label(key: str, value: str) -> str:
    """The label of one chosen value ('' for none)."""
    return choice_labels().get(key, {}).get(value, value)


def field_hints() -> dict[str, str]:
    """One short placeholder per text field."""
    return {
        "title": translate("Fields", "A few words, e.g. “Editor threatened over an article”"),
        "what_happened": translate(
            "Fields", "Describe what happened, in your own words. Take your time."),
        "when": translate("Fields", "A date (2026-03-14) or words (“early March”)"),
        "where": translate("Fields", "A city or region at most. Never your address."),
        "who_affected": translate("Fields", "e.g. “two editors of the article”"),
        "contact_details": translate("Fields", "e.g. a Signal number or an e-mail address"),
        "wiki_usernames": translate("Fields", "One username per line"),
        "wiki_pages": translate("Fields", "One page title per line"),
        "wiki_links": translate("Fields", "One link per line, https://…"),
    }


def removed_metadata_labels() -> dict[str, str]:
    """app.image_metadata.Removed code -> what people read in the attachment list and review."""
    return {
        Removed.EXIF_GPS: translate("Metadata", "EXIF with the GPS location"),
        Removed.EXIF: translate("Metadata", "EXIF (camera, date)"),
        Removed.XMP: translate("Metadata", "XMP"),
        Removed.IPTC: translate("Metadata", "IPTC (captions, author)"),
        Removed.ICC_PROFILE: translate("Metadata", "colour profile"),
        Removed.MULTI_PICTURE: translate("Metadata", "multi-picture index"),
        Removed.THUMBNAIL: translate("Metadata", "thumbnail"),
        Removed.COMMENT: translate("Metadata", "comment"),
        Removed.TEXT: translate("Metadata", "text notes"),
        Removed.TIMESTAMP: translate("Metadata", "modification time"),
        Removed.APP_DATA: translate("Metadata", "application data"),
        Removed.UNKNOWN: translate("Metadata", "unknown data"),
        Removed.TRAILING_DATA: translate("Metadata", "hidden data after the image"),
    }


def removed_metadata_text(codes: Iterable[str]) -> str:
    """The removed metadata of one attachment, in one translated line."""
    labels = removed_metadata_labels()
    return translate("Metadata", ", ").join(labels.get(code, labels[Removed.UNKNOWN])
                                            for code in codes)
