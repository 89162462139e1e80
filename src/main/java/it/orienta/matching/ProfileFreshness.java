package it.orienta.matching;

import it.orienta.cv.CvEvents.CvDeleted;
import it.orienta.cv.CvEvents.CvSaved;
import it.orienta.intake.IntakeEvents.MatchingConsentRecorded;
import it.orienta.intake.IntakeEvents.PersonChargeTransferred;
import it.orienta.intake.IntakeEvents.PersonTakenInCharge;
import it.orienta.occupation.OccupationEvents.AvailabilityChanged;
import it.orienta.occupation.OccupationEvents.OccupationAdded;
import it.orienta.occupation.OccupationEvents.OccupationChanged;
import it.orienta.occupation.OccupationEvents.OccupationRemoved;
import it.orienta.person.PersonEvents.PersonChanged;
import it.orienta.person.PersonEvents.PersonRegistered;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The facts that change a candidate profile, each rebuilding that person's row after the commit that made it
 * (through the event publication registry: a failure is retried, never breaks the action). A CV turning obsolete is
 * no event: the profile keeps the day it does and the scorer judges it on the day it scores. A closed pathway changes
 * nothing the profile holds (the charge and the consent stay until an intake or a consent changes them).
 *
 * <p>At start-up, when the table is empty (a new database, or rows dropped to rebuild them), every profile is built
 * in the background, once per cluster ({@link ProfileProjector#rebuildAll}).
 */
@Component
class ProfileFreshness {

    private static final Logger log = LoggerFactory.getLogger(ProfileFreshness.class);

    private final ProfileProjector projector;
    private final ProfileStore store;
    private final boolean rebuildOnStart;

    ProfileFreshness(
            ProfileProjector projector,
            ProfileStore store,
            @Value("${orienta.matching.rebuild-on-start:true}") boolean rebuildOnStart) {
        this.projector = projector;
        this.store = store;
        this.rebuildOnStart = rebuildOnStart;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildWhenEmpty() {
        if (rebuildOnStart && store.isEmpty()) {
            Thread.ofVirtual().name("matching-profile-rebuild").start(() -> {
                try {
                    projector.rebuildAll();
                } catch (RuntimeException e) {
                    log.warn("Matching profiles: the start-up rebuild failed; ask for it again", e);
                }
            });
        }
    }

    private void refresh(UUID personId) {
        projector.refresh(List.of(personId));
    }

    @ApplicationModuleListener(id = "matching.person-registered")
    void on(PersonRegistered e) {
        refresh(e.personId());
    }

    @ApplicationModuleListener(id = "matching.person-changed")
    void on(PersonChanged e) {
        refresh(e.personId());
    }

    @ApplicationModuleListener(id = "matching.taken-in-charge")
    void on(PersonTakenInCharge e) {
        refresh(e.personId());
    }

    @ApplicationModuleListener(id = "matching.charge-transferred")
    void on(PersonChargeTransferred e) {
        refresh(e.personId());
    }

    @ApplicationModuleListener(id = "matching.consent-recorded")
    void on(MatchingConsentRecorded e) {
        refresh(e.personId());
    }

    @ApplicationModuleListener(id = "matching.occupation-added")
    void on(OccupationAdded e) {
        refresh(e.personId());
    }

    @ApplicationModuleListener(id = "matching.occupation-changed")
    void on(OccupationChanged e) {
        refresh(e.personId());
    }

    @ApplicationModuleListener(id = "matching.occupation-removed")
    void on(OccupationRemoved e) {
        refresh(e.personId());
    }

    @ApplicationModuleListener(id = "matching.availability-changed")
    void on(AvailabilityChanged e) {
        refresh(e.personId());
    }

    @ApplicationModuleListener(id = "matching.cv-saved")
    void on(CvSaved e) {
        refresh(e.personId());
    }

    @ApplicationModuleListener(id = "matching.cv-deleted")
    void on(CvDeleted e) {
        refresh(e.personId());
    }
}
