package org.acta.model;

import java.time.LocalDate;
import java.util.List;
import org.acta.diagnostics.Position;

/** Something the forum agreed in a meeting: who does it, by when, for which commitments. */
public record Agreement(
    String id,
    Text text,
    Text owner,
    Ref institution,
    LocalDate due,
    List<Ref> commitments,
    AgreementStatus status,
    Position source) {}
