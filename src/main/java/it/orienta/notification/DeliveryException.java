package it.orienta.notification;

/** A send failed; the delivery is tried again later (or given up after the last attempt). */
class DeliveryException extends RuntimeException {

    DeliveryException(String message, Throwable cause) {
        super(message, cause);
    }

    DeliveryException(String message) {
        super(message);
    }

    /** What the administrators read: short, without a stack trace. */
    String summary() {
        String text = getMessage() == null ? getClass().getSimpleName() : getMessage();
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
