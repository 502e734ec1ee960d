"""Pictures of the knowledge base: world-map geometry and the SVG drawn from it."""
