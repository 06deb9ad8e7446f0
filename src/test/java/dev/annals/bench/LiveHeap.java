package dev.annals.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/** The largest heap in use right after a garbage collection, while started: what was still reachable. */
final class LiveHeap implements NotificationListener {
    private final AtomicLong peak = new AtomicLong();
    private volatile boolean on;

    LiveHeap() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener(this, null, null);
        }
    }

    void start() {
        on = true;
    }

    void stop() {
        System.gc(); // one collection at the end, so a run with no collection of its own still counts
        on = false;
    }

    long peak() {
        return peak.get();
    }

    @Override
    public void handleNotification(Notification n, Object handback) {
        if (on && n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
            peak.accumulateAndGet(used, Math::max);
        }
    }
}
