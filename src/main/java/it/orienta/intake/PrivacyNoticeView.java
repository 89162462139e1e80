package it.orienta.intake;

import java.time.Instant;
import java.util.UUID;

/** A version of the privacy notice; {@code number} counts versions from 1. */
public record PrivacyNoticeView(
        UUID id, int number, String title, String body, Instant publishedAt, String publishedBy) {}
