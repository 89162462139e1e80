package it.orienta.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/**
 * This node's name in a cluster (issue 12): {@code orienta.node-name} when set, else the host's name (a pod's name on
 * Kubernetes). Workers that lease rows claim them in a {@linkplain #worker worker's name}, the node's name with a
 * suffix of this start, so that a restarted node never mistakes the leases of its previous life for its own.
 */
public final class NodeName {

    private NodeName() {}

    /** The configured name, else the host's. */
    public static String of(String configured) {
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        String host = System.getenv("HOSTNAME");
        if (host != null && !host.isBlank()) {
            return host;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "node";
        }
    }

    /** {@code <node>/<8 hex of this start>}: the name a leasing worker claims rows with. */
    public static String worker(String configured) {
        return of(configured) + "/" + UUID.randomUUID().toString().substring(0, 8);
    }
}
