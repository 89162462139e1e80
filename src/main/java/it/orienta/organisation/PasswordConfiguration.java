package it.orienta.organisation;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** How the accounts' passwords are hashed and checked: the organisation's, as the accounts are. */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    @Bean
    PasswordEncoder passwordEncoder(
            @Value("${orienta.security.verified-password-ttl:5m}") Duration verifiedPasswordTtl) {
        // bcrypt today, upgradable in place (DelegatingPasswordEncoder keeps the algorithm id with each hash); a
        // password that matched is not checked again for a few minutes, so that HTTP Basic on every request of the
        // stateless API does not cost bcrypt every time (VerifiedPasswords; 0 turns that off)
        return new VerifiedPasswords(
                PasswordEncoderFactories.createDelegatingPasswordEncoder(), verifiedPasswordTtl, 10_000);
    }
}
