package org.acta.model;

import java.util.List;

/**
 * What the Independent Reporting Mechanism concluded about a commitment, copied from its
 * report. Every part is optional: the design assessment comes at the start of a plan, the
 * results assessment at the end.
 */
public record IrmAssessment(
    String report,
    Boolean verifiable,
    List<OgpValue> relevance,
    PotentialForResults potentialForResults,
    Boolean promising,
    CompletionLevel completion,
    OpenGovernmentResult openGovernment,
    Boolean starred) {}
