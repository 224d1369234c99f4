package org.acta.model;

import org.acta.diagnostics.Position;

/**
 * A later minute's record of progress on an earlier agreement.
 *
 * @param agreement "minute-slug/agreement-id", e.g. {@code 2018-05-08-desafios/a04}
 */
public record FollowUp(Ref agreement, AgreementStatus status, Text note, Position source) {}
