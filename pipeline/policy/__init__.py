from pipeline.policy.model import Action, EntityRule, Policy, PolicyError, load_policy, resolve_policy

__all__ = ["Action", "EntityRule", "Policy", "PolicyError", "load_policy", "resolve_policy"]
