package it.orienta.system;

/**
 * Who is acting in the current request, for the shared kernel's own pages (the home page); implemented by the
 * organisation module, which knows the accounts and the centre chosen.
 */
public interface ActorSupplier {

    /** The operator behind the current request with their current centre, or {@link Actor#SYSTEM} outside one. */
    Actor actor();
}
