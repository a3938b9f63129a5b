package de.kooperationsatlas.base;

import org.springframework.context.SmartLifecycle;

/**
 * A start-up step that runs once as a {@link SmartLifecycle} phase ({@link StartupOrder}'s
 * {@code *_PHASE}), so before the web server serves: the subclass says what it does in {@link #run()}.
 */
public abstract class StartupPhase implements SmartLifecycle {

    private final int phase;
    private volatile boolean running;

    protected StartupPhase(int phase) {
        this.phase = phase;
    }

    /** The step's work, done once when the application context starts. */
    protected abstract void run();

    @Override
    public final void start() {
        run();
        running = true;
    }

    @Override
    public final void stop() {
        running = false;
    }

    @Override
    public final boolean isRunning() {
        return running;
    }

    @Override
    public final int getPhase() {
        return phase;
    }
}
