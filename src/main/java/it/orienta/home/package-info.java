/**
 * The home page, "what to do today": it knows no module. Each module that has work for an operator contributes a
 * {@link it.orienta.home.WorklistSource} bean answering {@link it.orienta.home.WorklistItem}s (ADR 0011); the page
 * groups them in the order an operator meets them. Also the login page. Owns no table.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Home",
        allowedDependencies = {"system", "web"})
package it.orienta.home;
