/*
 * The aggregated call-path tree behind `sftrace tree` and `sftrace
 * flamegraph`.
 *
 * A node is one call path (root -> ... -> function); every frame with that
 * path adds to its node. Node 0 is the root, an "all" node with no
 * statistics. Nodes are kept in creation order, so a parent always has a
 * smaller index than its children; a hash table finds (parent, key) ->
 * child in O(1).
 *
 * Keys are opaque to the tree. The analysis layer uses CT_KEY_FUNC(log,
 * func) for functions and CT_KEY_PROCESS(log) for the per-process root
 * frame when several logs are aggregated.
 *
 * Folding recursion (calltree_fold_child()). Without it a recursion n
 * deep is a path n nodes long, and every output of the tree grows with
 * the square of n (each line or folded stack repeats the path above it).
 * With it, a frame is put in its caller's node, instead of a child node,
 * when that node already stands for the frame's function:
 *  - direct recursion: a frame of f called from a frame in a node of f
 *    (a plain function node) shares that node, so f -> f -> f ... is one
 *    node, whatever the depth;
 *  - a cycle: a frame of f whose caller's path, read upwards through plain
 *    function nodes, meets f again within CT_FOLD_MAX nodes (a -> b -> a)
 *    goes to a cycle node, the child of the caller's node with key
 *    CT_KEY_CYCLE(f) and period k, the number of nodes of the cycle (the
 *    first pass of the cycle, a -> b, stays as it is: when a was called
 *    nothing said b would call it back). A cycle node stands for every
 *    function of its cycle, the k nodes above it: a frame of any of them
 *    called from a frame in the cycle node stays in it.
 * A frame of any other function is a child node, as without folding. So
 * a node holds the frames of one function (or of one cycle) on one call
 * path, nested or not; its calls are its frames, its self time their self
 * times, its total time the durations of its outermost frames (those
 * whose caller is in another node), and nest the deepest nesting of its
 * frames on one stack (1: no recursion). The rule looks only at the path
 * above the caller, so a frame's node never changes once chosen, and the
 * tree has at most one node per distinct folded path.
 *
 * Invariant (for trees built by tools/analysis/analysis.c, folded or
 * not): a node's total_ns is its self_ns plus the total_ns of its
 * children, because the outermost frames of one node never nest, every
 * other frame of the node runs inside one of them, and the frames of a
 * child node are called from the node's frames.
 */
#ifndef SFTRACE_TOOLS_ANALYSIS_CALLTREE_H
#define SFTRACE_TOOLS_ANALYSIS_CALLTREE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define CT_ROOT 0u
#define CT_NONE UINT32_MAX
#define CT_KEY_ROOT UINT64_MAX
#define CT_KEY_FUNC(log, func) (((uint64_t)(log) << 32) | (uint32_t)(func))
#define CT_KEY_PROCESS_BIT (1ull << 62)
#define CT_KEY_PROCESS(log) (CT_KEY_PROCESS_BIT | (uint64_t)(log))
#define CT_KEY_IS_PROCESS(k) ((k) != CT_KEY_ROOT && ((k) & CT_KEY_PROCESS_BIT))
#define CT_KEY_LOG(k) (CT_KEY_IS_PROCESS(k) ? (uint32_t)(k) : (uint32_t)(((k) >> 32) & 0x3fffffffu))
#define CT_KEY_FUNCID(k) ((uint32_t)(k))
/* A cycle node entered through function k (a CT_KEY_FUNC). */
#define CT_KEY_CYCLE_BIT (1ull << 63)
#define CT_KEY_CYCLE(k) (CT_KEY_CYCLE_BIT | (k))
#define CT_KEY_IS_CYCLE(k) (((k) & (3ull << 62)) == CT_KEY_CYCLE_BIT)
/* The longest cycle of functions folded into one node. */
#define CT_FOLD_MAX 8

struct ct_node {
	uint64_t key;
	uint32_t parent;       /* CT_NONE for the root */
	uint32_t first_child;  /* CT_NONE when a leaf; newest child first */
	uint32_t next_sibling; /* CT_NONE at the end of the list */
	uint32_t depth;	       /* 0 for the root */
	uint32_t period;       /* a cycle node: the number of functions of its cycle; else 0 */
	uint32_t nest;	       /* deepest nesting of its frames on one stack: 1 without
				  recursion, 0 when nothing set it */
	uint64_t fold_mask;    /* a bit per function of the CT_FOLD_MAX function nodes
				  from here up: calltree_fold_child() walks up only when
				  the new function's bit is set */
	uint64_t calls;
	uint64_t total_ns;
	uint64_t self_ns;
	/*
	 * Stitched trees (analysis --stitch): a node whose frames ran on other
	 * threads for a frame of its parent's path (work items, thread
	 * creations) counts their time here, apart from the wall time of its
	 * path's own thread: work_ns the durations of its outermost grafted
	 * frames, thread_bits a bit per thread that ran them (serial % 64),
	 * span_lo..span_hi when they ran (trace ns). 0 elsewhere. Its
	 * total_ns and self_ns are those frames' as everywhere.
	 */
	uint64_t work_ns;
	uint64_t thread_bits;
	uint64_t span_lo, span_hi;
	bool created;	       /* its frames are threads' outermost, grafted under the
				  call that created the threads (not work items) */
	const char *name;      /* set by the caller before output; borrowed */
};

struct calltree {
	struct ct_node *nodes;
	size_t nr, alloc;
	uint32_t *ht;	/* node index + 1, 0 for an empty slot */
	size_t ht_mask; /* table size - 1 (a power of two) */
};

/* An empty tree holding only the root. */
void calltree_init(struct calltree *ct);
void calltree_release(struct calltree *ct);

/* The child of parent with key, created (with zero statistics) if absent. */
uint32_t calltree_child(struct calltree *ct, uint32_t parent, uint64_t key);

/*
 * The node of a frame whose function has key (a CT_KEY_FUNC) called from
 * a frame in node parent, folding recursion (see the top of this file):
 * parent itself, a cycle node under parent (created with period set if
 * absent), or calltree_child(ct, parent, key).
 */
uint32_t calltree_fold_child(struct calltree *ct, uint32_t parent, uint64_t key);

/*
 * What outputs show for node: its name, followed by " ×N" (N = nest)
 * for a cycle node and for a node whose frames nested (N > 1). Returns
 * the name itself when nothing is added, else *buf, grown as needed
 * (*buf and *alloc start as NULL and 0; the caller frees *buf).
 */
const char *calltree_label(const struct calltree *ct, uint32_t node, char **buf, size_t *alloc);

/* The child of parent with key, or CT_NONE. */
uint32_t calltree_find(const struct calltree *ct, uint32_t parent, uint64_t key);

/*
 * Add the subtree of src rooted at src_node (src_node included) as a child
 * of dst_parent in dst, adding statistics where paths meet (nest: the
 * larger; period: copied). Names are copied as pointers. When src_node is
 * CT_ROOT its children are added under dst_parent (the roots merge).
 */
void calltree_graft(struct calltree *dst, uint32_t dst_parent, const struct calltree *src,
		    uint32_t src_node);

/* All of src into dst (calltree_graft of the roots). */
void calltree_merge(struct calltree *dst, const struct calltree *src);

/*
 * The children of node in a new array (caller frees), ordered by cmp
 * (NULL: creation order). *n receives their count.
 */
uint32_t *calltree_children(const struct calltree *ct, uint32_t node,
			    int (*cmp)(const struct ct_node *a, const struct ct_node *b), size_t *n);

/*
 * Depth-first walk from node (included), children ordered by cmp (NULL:
 * creation order), without recursion (paths can be deep). visit() is
 * called with pre = 1 before a node's children and pre = 0 after; a
 * non-zero return from the pre visit skips the children (the post visit
 * still happens).
 */
void calltree_dfs(const struct calltree *ct, uint32_t node,
		  int (*cmp)(const struct ct_node *a, const struct ct_node *b),
		  int (*visit)(void *ctx, uint32_t node, int pre), void *ctx);

/*
 * Per node, the time of the node and of everything below it, across
 * threads (caller frees): self_ns plus the children's. For a tree without
 * stitched nodes that is total_ns; a stitched parent can have children
 * longer than itself, and flame graphs of such trees are drawn by it.
 */
uint64_t *calltree_work(const struct calltree *ct);

/* Whether a node of ct holds frames stitched from other threads. */
bool calltree_has_stitched(const struct calltree *ct);

/* Whether a function node (not the root, not a process frame) has calls. */
bool calltree_has_calls(const struct calltree *ct);

/*
 * Per node, the calls of the node and of every node below it, for flame
 * graphs by count (caller frees). A process frame is not a call: only
 * its functions count.
 */
uint64_t *calltree_subtree_calls(const struct calltree *ct);

#endif
