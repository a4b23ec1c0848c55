from pipeline.topology.model import StreamSpec, Topology, TopologyError, load_topology

__all__ = ["StreamSpec", "Topology", "TopologyError", "load_topology"]
