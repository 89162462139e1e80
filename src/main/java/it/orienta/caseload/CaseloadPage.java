package it.orienta.caseload;

import java.util.List;

/** A page of the caseload list and whether more follow. */
public record CaseloadPage(List<CaseloadRow> rows, int page, int size, boolean hasMore) {}
