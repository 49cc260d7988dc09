#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills the panel's .ts files from the phrase books in translations/phrases/.

Run it after `cmake --build <build> --target update_translations` has added new source strings:

    python3 translations/filltranslations.py            # fills every heficed_<lang>.ts
    python3 translations/filltranslations.py --check    # only reports, changes nothing

Each phrases/<lang>.py defines PHRASES, a dict from the English source text (or a tuple of the
source and its disambiguation comment) to the translation; a %n string maps to a list with one
text per plural form of the language. CONTEXT_PHRASES overrides a text in one context only.
Entries without a phrase stay unfinished and are listed; the exit status is then 1, so a
forgotten string is noticed (tests/i18n fails on it too). lconvert rewrites the result in the
exact layout lupdate writes, so the next update_translations changes nothing.
"""

import argparse
import importlib.util
import pathlib
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

HERE = pathlib.Path(__file__).resolve().parent
LCONVERT_CANDIDATES = ["lconvert6", "lconvert", "/usr/lib/qt6/bin/lconvert"]


def load_phrase_book(language):
    spec = importlib.util.spec_from_file_location(f"phrases_{language}", HERE / "phrases" / f"{language}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.PHRASES, getattr(module, "CONTEXT_PHRASES", {}), module.PLURAL_FORMS


def find_translation(phrases, context_phrases, context, source, comment, used):
    """The most specific phrase: context override, then source with comment, then source alone."""
    in_context = context_phrases.get(context, {})
    for book_name, book in ((context, in_context), (None, phrases)):
        for key in ([(source, comment)] if comment is not None else []) + [source]:
            if key in book:
                used.add((book_name, key))
                return book[key]
    return None


def unused_phrases(phrases, context_phrases, used):
    unused = [key for key in phrases if (None, key) not in used]
    for context, book in context_phrases.items():
        unused += [f"[{context}] {key}" for key in book if (context, key) not in used]
    return unused


def fill_message(message, translation, plural_forms):
    """Writes translation into the message; returns a problem sentence, or None when it fits."""
    element = message.find("translation")
    numerus = message.get("numerus") == "yes"
    if numerus != isinstance(translation, list):
        return "plural strings need a list of forms, others a single text"
    if numerus and len(translation) != plural_forms:
        return f"needs {plural_forms} plural forms, the phrase book has {len(translation)}"
    element.attrib.pop("type", None)
    if numerus:
        for child in list(element):
            element.remove(child)
        for form in translation:
            ET.SubElement(element, "numerusform").text = form
    else:
        element.text = translation
    return None


def placeholders(text):
    return sorted(token for token in ("%1", "%2", "%3", "%4", "%n") if token in text)


def fill_file(ts_path, language, check_only):
    phrases, context_phrases, plural_forms = load_phrase_book(language)
    tree = ET.parse(ts_path)
    missing, problems, filled, used = [], [], 0, set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            if message.find("translation").get("type") in ("vanished", "obsolete"):
                continue
            source = message.findtext("source")
            comment = message.findtext("comment")
            translation = find_translation(phrases, context_phrases, name, source, comment, used)
            if translation is None:
                missing.append((name, source, comment))
                continue
            forms = translation if isinstance(translation, list) else [translation]
            if message.get("numerus") != "yes" and any(placeholders(f) != placeholders(source) for f in forms):
                problems.append((name, source, "the placeholders differ from the source"))
            problem = fill_message(message, translation, plural_forms)
            if problem:
                problems.append((name, source, problem))
            else:
                filled += 1

    if not check_only:
        tree.write(ts_path, encoding="utf-8", xml_declaration=True)
        normalise(ts_path)
    return filled, missing, problems, unused_phrases(phrases, context_phrases, used)


def normalise(ts_path):
    lconvert = next((found for found in map(shutil.which, LCONVERT_CANDIDATES) if found), None)
    if lconvert is None:
        print(f"lconvert not found; {ts_path.name} keeps ElementTree's layout until the next lupdate run")
        return
    subprocess.run([lconvert, "-i", str(ts_path), "-o", str(ts_path)], check=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report only, write nothing")
    parser.add_argument("--unused", action="store_true", help="list phrases no source string uses any more")
    arguments = parser.parse_args()

    incomplete = False
    for ts_path in sorted(HERE.glob("heficed_*.ts")):
        language = ts_path.stem.removeprefix("heficed_")
        filled, missing, problems, unused = fill_file(ts_path, language, arguments.check)
        print(f"{ts_path.name}: {filled} translated, {len(missing)} without a phrase, {len(problems)} problems, "
              f"{len(unused)} unused phrases")
        for key in unused if arguments.unused else []:
            print(f"  unused   {key!r}")
        for context, source, comment in missing:
            print(f"  missing  [{context}] {source!r}" + (f" ({comment})" if comment else ""))
        for context, source, problem in problems:
            print(f"  problem  [{context}] {source!r}: {problem}")
        incomplete = incomplete or bool(missing or problems)
    return 1 if incomplete else 0


if __name__ == "__main__":
    sys.exit(main())
