package it.orienta;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

@Modulithic(systemName = "Orienta")
@SpringBootApplication
@ConfigurationPropertiesScan
public class OrientaApplication {

    public static void main(String[] args) {
        SpringApplication.run(OrientaApplication.class, args);
    }
}
