// Placeholder so the package builds before this target's first real file lands; delete it.
