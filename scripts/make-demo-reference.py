#!/usr/bin/env python3
"""Writes the small demo subset of the ISTAT tables that the default run loads when the database is empty.

Reads ../shared/data (never copied whole) and keeps: professions of everyday jobs with their ancestors, common
education titles, the Tuscan municipalities plus a few large Italian cities, and the states most represented
among CPI users. Run from the project root: python3 scripts/make-demo-reference.py
"""
import re
import xml.etree.ElementTree as ET
from pathlib import Path

NS = {"f": "http://hl7.org/fhir"}
SRC = Path("../shared/data")
OUT = Path("src/main/resources/reference/demo")

PROFESSIONS = r"camerier|cuoch|baristi|commessi|saldat|murator|programmat|sviluppatori|badant|assistenza personale|conduttori di autobus|autisti|magazzin|elettricist|idraulic|parrucchier|segretari|contabil|infermier|addetti alle pulizie|giardinier|falegnam|meccanici artigianali|operatori di call center|cassier|estetist|facchini|braccianti|addetti all.accoglienza|sarti|panettier|pizzaioli|operai addetti a macchinari|insegnanti nella scuola primaria|educatori professionali"
TITLES = r"^licenza|maturit|ragioneria|geometr|perito|laurea .*(economia|giurisprudenza|ingegneria|informatica|lettere|educazione)|qualifica"
TUSCAN_PREFIXES = {"045", "046", "047", "048", "049", "050", "051", "052", "053", "100"}
CITIES = {"058091", "063049", "015146", "082053", "001272", "072006"}
STATES = {"100", "201", "215", "216", "235", "243", "254", "305", "311", "314", "323", "330", "344", "419", "436", "443",
          "450", "460", "605", "609", "615"}


def concepts(root, parent=None, level=1):
    for c in root.findall("f:concept", NS):
        yield c, parent, level
        yield from concepts(c, c, level + 1)


def val(c, tag):
    e = c.find(f"f:{tag}", NS)
    return None if e is None else e.get("value")


def write(name, fhir_id, title, rows, nested=False):
    root = ET.Element("CodeSystem", xmlns=NS["f"])
    ET.SubElement(root, "id", value=fhir_id)
    ET.SubElement(root, "name", value=title.replace(" ", ""))
    ET.SubElement(root, "title", value=title + " (demo subset)")
    ET.SubElement(root, "status", value="active")
    ET.SubElement(root, "content", value="fragment")
    by_code = {}
    for code, display, definition, parent, extra in rows:
        holder = by_code.get(parent, root) if nested else root
        c = ET.SubElement(holder, "concept")
        ET.SubElement(c, "code", value=code)
        ET.SubElement(c, "display", value=display)
        if definition:
            ET.SubElement(c, "definition", value=definition)
        for k, v in extra.items():
            p = ET.SubElement(c, "property")
            ET.SubElement(p, "code", value=k)
            ET.SubElement(p, "valueCode", value=v)
        by_code[code] = c
    ET.indent(root)
    (OUT / name).write_text('<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    prof = ET.parse(SRC / "istat-cp2011-professioni.fhir.xml").getroot()
    all_prof = {val(c, "code"): (c, p, l) for c, p, l in concepts(prof)}
    keep = set()
    for code, (c, p, l) in all_prof.items():
        if len(code.split(".")) == 5 and re.search(PROFESSIONS, val(c, "display") or "", re.I):
            keep.add(code)
            parts = code.split(".")
            for i in range(1, len(parts)):
                keep.add(".".join(parts[:i]))
    rows = []
    for code, (c, p, l) in all_prof.items():
        if code in keep:
            rows.append((code, val(c, "display"), val(c, "definition"), None, {}))
    write("demo-professions.xml", "istat-professioni", "ISTAT - Classificazione delle professioni", rows)

    titles = ET.parse(SRC / "istat-titoli-di-studio.fhir.xml").getroot()
    rows = [(val(c, "code"), val(c, "display"), None, None, {}) for c, _, _ in concepts(titles)
            if re.search(TITLES, val(c, "display") or "", re.I)][:80]
    write("demo-education-titles.xml", "istat-ctsi03", "ISTAT - Titoli di studio", rows)

    comuni = ET.parse(SRC / "istat-comuni.fhir.xml").getroot()
    rows = [(val(c, "code"), val(c, "display"), None, None, {}) for c, _, _ in concepts(comuni)
            if val(c, "code")[:3] in TUSCAN_PREFIXES or val(c, "code") in CITIES]
    write("demo-municipalities.xml", "istat-comuni", "ISTAT - Comuni", rows)

    states = ET.parse(SRC / "istat-stati-esteri.fhir.xml").getroot()
    rows = []
    for c, _, _ in concepts(states):
        if val(c, "code") in STATES:
            cont = c.find("f:property/f:valueCode", NS)
            rows.append((val(c, "code"), val(c, "display"), None, None, {"continente": cont.get("value")} if cont is not None else {}))
    write("demo-countries.xml", "istat-unitaAmministrativeTerritorialiEstere", "ISTAT - Stati esteri", rows)


if __name__ == "__main__":
    main()
