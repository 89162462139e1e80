package it.orienta.system;

/**
 * A view of an aggregate that carries its version: the API answers it as the ETag, and a change sends it back in
 * If-Match (a stale one answers 409 {@code version.stale}). View records implement it with their {@code version}
 * component.
 */
public interface Versioned {

    long version();
}
