package it.orienta.workerfile;

import java.util.List;

/**
 * A case event as the timeline shows it: a stable kind for filtering ({@code person}, {@code intake}, …), the
 * message key of its one-line summary and that message's arguments, never special-category data.
 */
record TimelineLine(String kind, String summaryKey, List<String> summaryArgs) {

    TimelineLine {
        summaryArgs = List.copyOf(summaryArgs);
    }
}
