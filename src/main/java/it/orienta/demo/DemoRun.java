package it.orienta.demo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

/**
 * The one condition of every demo bean: the embedded database (no {@code spring.datasource.url}) and
 * {@code orienta.demo.enabled} not false.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty() and ${orienta.demo.enabled:true}")
@interface DemoRun {}
