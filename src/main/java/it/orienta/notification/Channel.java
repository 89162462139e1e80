package it.orienta.notification;

/** How a message reaches the person: e-mail (SMTP) or SMS (the HTTP gateway). */
public enum Channel {
    EMAIL,
    SMS
}
