package nl.werkmotor.bench.quality;

/**
 * The k best ids by score, ties by lowest id: a bounded min-heap on primitives whose root is the
 * worst kept (lowest score, then highest id).
 */
final class TopIds {
    private final int[] heap;
    private final double[] scores;
    private int size;

    TopIds(int k) {
        heap = new int[k];
        scores = new double[k];
    }

    void offer(int id, double score) {
        if (size < heap.length) {
            heap[size] = id;
            scores[size] = score;
            up(size++);
        } else if (size > 0 && better(id, score, 0)) {
            heap[0] = id;
            scores[0] = score;
            down(0);
        }
    }

    /** The kept ids, best first; empties the heap. */
    int[] drainBestFirst() {
        var ids = new int[size];
        for (int i = size - 1; i >= 0; i--) {
            ids[i] = heap[0];
            size--;
            heap[0] = heap[size];
            scores[0] = scores[size];
            down(0);
        }
        return ids;
    }

    private boolean better(int id, double score, int slot) {
        return score > scores[slot] || score == scores[slot] && id < heap[slot];
    }

    private void up(int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!better(heap[parent], scores[parent], i)) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void down(int i) {
        while (true) {
            int worst = i;
            for (int child = 2 * i + 1; child <= 2 * i + 2 && child < size; child++) {
                if (better(heap[worst], scores[worst], child)) {
                    worst = child;
                }
            }
            if (worst == i) {
                return;
            }
            swap(i, worst);
            i = worst;
        }
    }

    private void swap(int a, int b) {
        int id = heap[a];
        heap[a] = heap[b];
        heap[b] = id;
        double score = scores[a];
        scores[a] = scores[b];
        scores[b] = score;
    }
}
