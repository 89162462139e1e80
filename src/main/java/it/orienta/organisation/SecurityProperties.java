package it.orienta.organisation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxFailedLogins failed logins in a row after which an account is locked for {@code lockout}
 * @param lockout how long a throttled account stays locked
 * @param oidcUsernameClaim the OpenID Connect claim that names the operator's Orienta account (matched to the
 *     operator's e-mail when it holds an address, to the username otherwise)
 */
@ConfigurationProperties("orienta.security")
record SecurityProperties(
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue("email") String oidcUsernameClaim) {}
