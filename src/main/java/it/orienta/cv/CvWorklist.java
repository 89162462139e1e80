package it.orienta.cv;

import it.orienta.home.WorklistItem;
import it.orienta.home.WorklistSource;
import it.orienta.system.Actor;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The CVs of the operator's centre that expire within 30 days, on the home page (section {@code cvs}), soonest
 * first; urgent in their last week.
 */
@Component
class CvWorklist implements WorklistSource {

    static final String SECTION = "cvs";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int LIMIT = 20;

    private final CvService cvs;

    CvWorklist(CvService cvs) {
        this.cvs = cvs;
    }

    @Override
    public List<WorklistItem> worklist(Actor actor, LocalDate today) {
        if (actor.operatorId() == null) {
            return List.of();
        }
        return cvs.expiring(actor, today, LIMIT).stream()
                .map(e -> new WorklistItem(
                        SECTION,
                        e.obsoleteFrom()
                                .atStartOfDay(it.orienta.system.Rome.ZONE)
                                .toInstant(),
                        e.personName(),
                        "cv.worklist.item",
                        List.of(DAY.format(e.validThrough())),
                        "/persons/" + e.personId() + "/cv",
                        e.daysLeft() < 7))
                .toList();
    }
}
