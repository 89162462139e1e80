/**
 * Plumbing every module stands on: the embedded PostgreSQL of the default run, security, layout, i18n, error
 * handling and the small shared vocabulary of rules ({@link it.orienta.system.RuleViolationException}),
 * actors ({@link it.orienta.system.Actor}) and audited events ({@link it.orienta.system.AuditableEvent}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "System")
package it.orienta.system;
