package it.orienta.home;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.OrientaModuleTest;
import it.orienta.system.Actor;
import it.orienta.system.ActorSupplier;
import it.orienta.system.Rome;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.ui.ExtendedModelMap;

/**
 * The home page on its own, knowing no module: whatever {@link WorklistSource} beans exist are asked for the day's
 * work, grouped by section, the urgent first; a source that fails is left out instead of taking the page down.
 */
@OrientaModuleTest
class HomeModuleTest {

    @TestConfiguration
    static class Sources {

        @Bean
        ActorSupplier actor() {
            return () -> Actor.SYSTEM;
        }

        @Bean
        WorklistSource meetings() {
            return (actor, today) -> List.of(
                    item(WorklistItem.MEETINGS, "later", false, today.atTime(15, 0)),
                    item(WorklistItem.MEETINGS, "urgent", true, today.atTime(16, 0)));
        }

        @Bean
        WorklistSource broken() {
            return (actor, today) -> {
                throw new IllegalStateException("a module's source that fails");
            };
        }

        static WorklistItem item(String section, String key, boolean urgent, LocalDateTime when) {
            return new WorklistItem(
                    section,
                    when.atZone(Rome.ZONE).toInstant(),
                    "Rossi Mario",
                    "home.test",
                    List.of(),
                    "/" + key,
                    urgent);
        }
    }

    @Autowired
    HomeController home;

    @Test
    @SuppressWarnings("unchecked")
    void groupsTheModulesWorkUrgentFirstAndSurvivesAFailingSource() {
        var model = new ExtendedModelMap();
        assertThat(home.home(model)).isEqualTo("home");
        var sections = (Map<String, List<WorklistItem>>) model.get("sections");
        assertThat(sections.keySet()).startsWith(HomeController.SECTIONS.toArray(String[]::new));
        assertThat(sections.get(WorklistItem.MEETINGS))
                .extracting(WorklistItem::href)
                .containsExactly("/urgent", "/later");
        assertThat(model.get("worklistEmpty")).isEqualTo(false);
        assertThat(model.get("today")).isInstanceOf(LocalDate.class);
    }
}
