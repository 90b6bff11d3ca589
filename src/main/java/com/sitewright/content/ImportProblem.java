package com.sitewright.content;

/** Why one row of an import cannot be used: its row in the file, the field (or column) and the reason. */
public record ImportProblem(int row, String field, String reason) {}
