package com.nashir.web;

import java.time.YearMonth;
import java.util.List;

/** One year of the archive's index and its months, newest first. */
public record ArchiveYear(int year, List<YearMonth> months) {}
