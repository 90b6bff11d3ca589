package com.sitewright.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs a service call that may take seconds (a model save migrating thousands of items, an import check) off the
 * UI thread, as the signed-in user, and hands the outcome back to the view through push. The page stays
 * responsive meanwhile; what the call refuses reaches {@code failed}, and what nobody handles there reaches the
 * studio's error handler like any other UI error.
 */
public final class Background {

    private static final ExecutorService WORKERS = Executors.newVirtualThreadPerTaskExecutor();

    private Background() {}

    public static <T> void run(UI ui, Supplier<T> work, Consumer<T> done, Consumer<RuntimeException> failed) {
        SecurityContext user = SecurityContextHolder.getContext();
        WORKERS.execute(() -> {
            SecurityContextHolder.setContext(user);
            try {
                T result = work.get();
                hand(ui, () -> done.accept(result));
            } catch (RuntimeException e) {
                hand(ui, () -> failed.accept(e));
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    private static void hand(UI ui, Command outcome) {
        try {
            ui.access(outcome);
        } catch (UIDetachedException left) {
            // The page was closed meanwhile: nobody is left to show the outcome to.
        }
    }
}
