package it.orienta.web;

import java.io.IOException;

/** The API request body went past {@code orienta.api.max-body-bytes}. */
class RequestTooLargeException extends IOException {

    private final long limit;

    RequestTooLargeException(long limit) {
        super("request body larger than " + limit + " bytes");
        this.limit = limit;
    }

    long limit() {
        return limit;
    }
}
