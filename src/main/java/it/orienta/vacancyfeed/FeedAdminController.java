package it.orienta.vacancyfeed;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The import's page for administrators (under /admin): the cursors, the latest runs, "import now". */
@Controller
class FeedAdminController {

    private final FeedImport imports;
    private final FeedStore store;
    private final FeedProperties properties;

    FeedAdminController(FeedImport imports, FeedStore store, FeedProperties properties) {
        this.imports = imports;
        this.store = store;
        this.properties = properties;
    }

    @GetMapping("/admin/vacancy-feed")
    String page(Model model) {
        model.addAttribute("cursors", store.cursors());
        model.addAttribute("runs", imports.runs(20));
        model.addAttribute("rejections", store.rejections(50));
        model.addAttribute("hasSink", imports.hasSink());
        model.addAttribute("simulated", properties.simulated());
        model.addAttribute("baseUrl", properties.baseUrl());
        model.addAttribute("cron", properties.scheduling().cron());
        model.addAttribute("scheduled", properties.scheduling().enabled());
        return "vacancyfeed/admin";
    }

    @PostMapping("/admin/vacancy-feed/run")
    String run(RedirectAttributes redirect) {
        var run = imports.run(FeedImport.Trigger.ADMIN);
        redirect.addFlashAttribute(
                "flash",
                run.isEmpty()
                        ? (imports.hasSink() ? "vacancyfeed.run.busy" : "vacancyfeed.run.no-sink")
                        : "SUCCEEDED".equals(run.get().status()) ? "vacancyfeed.run.done" : "vacancyfeed.run.failed");
        return "redirect:/admin/vacancy-feed";
    }
}
