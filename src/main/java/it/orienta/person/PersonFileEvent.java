package it.orienta.person;

import it.orienta.system.AuditableEvent;
import java.util.List;

/**
 * An event that belongs in a person's worker file: it appears on the timeline (newest first, filterable by
 * {@link #timelineKind()}) and in the audit log. Any module's event implementing it shows up on the worker file
 * without the worker file changing (ADR 0003).
 */
public interface PersonFileEvent extends AuditableEvent {

    /** A stable kind for filtering: {@code person}, {@code intake}, {@code consent}, … */
    String timelineKind();

    /** Message key of the one-line summary shown on the timeline. */
    String summaryKey();

    /** Arguments of that message; never special-category data. */
    List<String> summaryArgs();
}
