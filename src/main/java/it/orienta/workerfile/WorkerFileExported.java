package it.orienta.workerfile;

import it.orienta.system.Actor;
import it.orienta.system.CaseEvent;
import java.time.Instant;
import java.util.UUID;

/** A person's whole file was exported (right of access): the request's one audit entry, and a line on the file. */
public record WorkerFileExported(UUID eventId, Actor actor, Instant occurredAt, UUID personId) implements CaseEvent {}
