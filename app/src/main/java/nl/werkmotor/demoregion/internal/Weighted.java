package nl.werkmotor.demoregion.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A fixed set of choices with weights (shares), to draw from with a uniform number in [0, 1). */
final class Weighted<T> {

    private final List<T> choices = new ArrayList<>();
    private double[] cumulative = new double[16];
    private double total;

    static <T> Weighted<T> of() {
        return new Weighted<>();
    }

    Weighted<T> with(T choice, double weight) {
        if (weight > 0) {
            if (choices.size() == cumulative.length) {
                cumulative = Arrays.copyOf(cumulative, cumulative.length * 2);
            }
            total += weight;
            cumulative[choices.size()] = total;
            choices.add(choice);
        }
        return this;
    }

    T pick(double uniform) {
        int i = Arrays.binarySearch(cumulative, 0, choices.size(), uniform * total);
        int at = i >= 0 ? i + 1 : -i - 1;
        return choices.get(Math.min(at, choices.size() - 1));
    }
}
