package dev.parley.ui.chat.conversation;

import javax.swing.BoundedRangeModel;

/**
 * Keeps the conversation at its end while the reader is there, and still while they read further up. The scroll
 * bar's model tells both: a change of its range is new text (or a resized window), a change of its value alone is
 * the reader scrolling.
 */
public final class BottomFollower {

    /** Pixels from the end that still count as at the end. */
    private static final int SLACK = 8;

    private final BoundedRangeModel model;
    private final Runnable reachedEnd;
    private boolean following = true;
    private boolean moving;
    private int lastMaximum;
    private int lastExtent;

    /** @param reachedEnd runs when the view comes to the end (or stays there as text arrives) */
    public BottomFollower(BoundedRangeModel model, Runnable reachedEnd) {
        this.model = model;
        this.reachedEnd = reachedEnd;
        this.lastMaximum = model.getMaximum();
        this.lastExtent = model.getExtent();
        model.addChangeListener(e -> changed());
    }

    /** Whether the view is at the end and stays there as text arrives. */
    public boolean following() {
        return following;
    }

    /** Goes to the end and stays there. */
    public void toEnd() {
        following = true;
        move();
        reachedEnd.run();
    }

    private void changed() {
        if (moving) {
            return;
        }
        boolean resized = model.getMaximum() != lastMaximum || model.getExtent() != lastExtent;
        lastMaximum = model.getMaximum();
        lastExtent = model.getExtent();
        if (resized) {
            if (following) {
                move();
            }
        } else {
            following = model.getValue() + model.getExtent() >= model.getMaximum() - SLACK;
        }
        if (following) {
            reachedEnd.run();
        }
    }

    private void move() {
        moving = true;
        try {
            model.setValue(model.getMaximum() - model.getExtent());
        } finally {
            moving = false;
        }
    }
}
