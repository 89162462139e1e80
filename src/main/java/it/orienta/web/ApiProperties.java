package it.orienta.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param maxBodyBytes the largest JSON body the REST API accepts */
@ConfigurationProperties("orienta.api")
record ApiProperties(@DefaultValue("262144") long maxBodyBytes) {}
