/**
 * The shared kernel: the small vocabulary every module speaks and nothing else. Who acts ({@link
 * it.orienta.system.Actor}), what happened ({@link it.orienta.system.DomainEvent}, {@link
 * it.orienta.system.CaseEvent}, {@link it.orienta.system.DataChanged}, {@link it.orienta.system.AuditTrail}), the rule exceptions the web layer turns into
 * messages ({@link it.orienta.system.RuleViolationException}, {@link it.orienta.system.NotFoundException}, {@link
 * it.orienta.system.StaleVersionException}), the record-access contract ({@link it.orienta.system.CaseAccess}, ADR
 * 0017), the one clock and zone ({@link it.orienta.system.Rome}) and text rules ({@link it.orienta.system.PlainText},
 * {@link it.orienta.system.SearchText}). Owns the Modulith event publication table. Depends on no module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System (shared kernel)")
package it.orienta.system;
