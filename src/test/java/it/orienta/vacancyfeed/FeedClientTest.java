package it.orienta.vacancyfeed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The client against a stand-in of the regional system: paging, mapping, retries of 429 and 5xx, refusals. */
class FeedClientTest {

    static final Instant T0 = Instant.parse("2026-03-01T08:00:00.000001Z");

    FakeFeed feed;
    FeedClient client;

    @BeforeEach
    void start() throws Exception {
        feed = new FakeFeed();
        client = client(FakeFeed.KEY);
    }

    FeedClient client(String key) {
        return new FeedClient(
                new FeedProperties(
                        feed.baseUrl(),
                        key,
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(5),
                        200,
                        4,
                        Duration.ofMillis(5),
                        Duration.ofMillis(20),
                        Duration.ofMinutes(10),
                        new FeedProperties.Scheduling(false, "0 */15 * * * *")),
                new MockEnvironment());
    }

    @AfterEach
    void stop() {
        feed.close();
    }

    @Test
    void pagesAreFollowedByTheirCursorToTheEndAndMappedIntoTheFeedsRecords() {
        for (int i = 1; i <= 450; i++) {
            feed.putVacancy("V%07d".formatted(i), 1, T0.plusSeconds(i), "E000001");
        }
        var first = client.page(FeedClient.Feed.VACANCIES, null, null);
        assertThat(first.items()).hasSize(200);
        var second = client.page(FeedClient.Feed.VACANCIES, null, first.nextCursor());
        var third = client.page(FeedClient.Feed.VACANCIES, null, second.nextCursor());
        assertThat(third.items()).hasSize(50);
        assertThat(third.nextCursor()).isNull();
        assertThat(feed.requests.getFirst()).contains("limit=200").doesNotContain("cursor");

        var v = FeedClient.vacancy(third.items().getLast());
        assertThat(v.externalId()).isEqualTo("V0000450");
        assertThat(v.changedAt()).isEqualTo(T0.plusSeconds(450));
        assertThat(v.employerExternalId()).isEqualTo("E000001");
        assertThat(v.contractType()).isEqualTo("FIXED_TERM");
        assertThat(v.contractMonths()).isEqualTo(6);
        assertThat(v.startDate()).isNull();
        assertThat(v.educationLevel()).isEqualTo(2);
        assertThat(v.drivingLicences()).containsExactly("B");
        assertThat(v.languages()).containsExactly(new FeedVacancy.Language("en", "A2"));
        assertThat(v.experienceYears()).isEqualTo(1);
        assertThat(v.expiresOn()).hasToString("2026-04-15");
    }

    @Test
    void changedSinceIsSentAsAnInstantAndAnEmployerIsMappedIgnoringFieldsItDoesNotKnow() {
        feed.putEmployer("E000001", 3, T0);
        feed.putEmployer("E000002", 1, T0.plusSeconds(60));
        var page = client.page(FeedClient.Feed.EMPLOYERS, T0.plusSeconds(1), null);
        assertThat(feed.requests.getFirst()).contains("changedSince=2026-03-01T08:00:01.000001Z");
        assertThat(page.items()).hasSize(1);
        var e = FeedClient.employer(page.items().getFirst());
        assertThat(e.externalId()).isEqualTo("E000002");
        assertThat(e.name()).isEqualTo("Ditta E000002 S.r.l.");
        assertThat(e.sizeBand()).isEqualTo("SMALL");
        assertThat(e.pec()).isNull();
    }

    @Test
    void a429AndA503AreRetriedWithBackoffUntilThePageComes() {
        feed.putEmployer("E000001", 1, T0);
        feed.failures.add(429);
        feed.failures.add(503);
        var page = client.page(FeedClient.Feed.EMPLOYERS, null, null);
        assertThat(page.items()).hasSize(1);
        assertThat(feed.requests).hasSize(3);
    }

    @Test
    void aSystemThatStaysDownIsUnavailableAfterTheLastAttempt() {
        feed.alwaysFailWith = 503;
        assertThatThrownBy(() -> client.page(FeedClient.Feed.VACANCIES, null, null))
                .isInstanceOf(FeedClient.Unavailable.class)
                .hasMessageContaining("HTTP 503");
        assertThat(feed.requests).hasSize(4);
    }

    @Test
    void aWrongKeyIsRefusedAtOnceWithoutRetrying() {
        assertThatThrownBy(() -> client("wrong").page(FeedClient.Feed.VACANCIES, null, null))
                .isInstanceOf(FeedClient.Refused.class)
                .hasMessageContaining("HTTP 401");
        assertThat(feed.requests).hasSize(1);
    }

    @Test
    void anUnreachableSystemIsUnavailableAndTheBackoffDoublesUpToItsCap() {
        feed.close();
        assertThatThrownBy(() -> client.page(FeedClient.Feed.VACANCIES, null, null))
                .isInstanceOf(FeedClient.Unavailable.class)
                .hasMessageContaining("unreachable");
        assertThat(client.backoff(1)).isEqualTo(Duration.ofMillis(5));
        assertThat(client.backoff(2)).isEqualTo(Duration.ofMillis(10));
        assertThat(client.backoff(4)).isEqualTo(Duration.ofMillis(20));
        assertThat(FeedClient.retryAfter("3")).isEqualTo(Duration.ofSeconds(3));
        assertThat(FeedClient.retryAfter("Wed, 21 Oct 2026 07:28:00 GMT")).isNull();
    }
}
